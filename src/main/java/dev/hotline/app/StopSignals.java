package dev.hotline.app;

import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT into a call, so that the server shuts down on its own thread and exits
 * 0, rather than in a JVM shutdown hook (which would end with status 143).
 */
final class StopSignals {
  private StopSignals() {}

  static void onTermOrInterrupt(Runnable stop) {
    for (String name : new String[] {"TERM", "INT"}) {
      try {
        Signal.handle(new Signal(name), signal -> stop.run());
      } catch (IllegalArgumentException unsupported) {
        // A platform without this signal: Ctrl-C then ends the JVM the ordinary way.
      }
    }
  }
}
