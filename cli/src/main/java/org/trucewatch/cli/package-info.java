package org.trucewatch.cli;
