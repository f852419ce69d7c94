package org.trucewatch.bench;
