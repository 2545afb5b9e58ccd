package io.hcsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** hcsim's version, written into the jar by the build. */
final class Version implements CommandLine.IVersionProvider {
  static String get() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/hcsim/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // fall through to "unknown"
    }
    return p.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {"hcsim " + get(), "Java " + System.getProperty("java.version")};
  }
}
