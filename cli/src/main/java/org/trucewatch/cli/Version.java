package org.trucewatch.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}, read from the jar's manifest when there is one. */
public final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Trucewatch.class.getPackage().getImplementationVersion();
    return new String[] {"trucewatch " + (v == null ? "development build" : v)};
  }
}
