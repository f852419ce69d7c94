package org.trucewatch.engine;
