package dev.hotline.app;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Names a running process for the others sharing its database: host, process id and a random
 * suffix, so that a restarted process (which may get the same pid in a container) is a new one.
 */
final class ProcessIds {
  private ProcessIds() {}

  static String newId() {
    byte[] random = new byte[4];
    new SecureRandom().nextBytes(random);
    String id =
        host() + "-" + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(random);
    return id.length() <= 100 ? id : id.substring(id.length() - 100);
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "hotline";
    }
  }
}
