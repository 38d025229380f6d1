package dev.hotline.bench;

/** Options for the JVMs that JMH forks, so that benchmarks run Lucene as the shipped jar does. */
final class ForkedJvm {
  /**
   * The jar's manifest enables native access, which Lucene uses to advise the OS on mapped files.
   */
  static final String AS_THE_JAR_RUNS = "--enable-native-access=ALL-UNNAMED";

  private ForkedJvm() {}
}
