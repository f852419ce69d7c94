package org.trucewatch.server;
