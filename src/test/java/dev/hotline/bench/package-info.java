/**
 * JMH benchmarks of answering and indexing, run with {@code ./mvnw -Pbench test-compile exec:exec}
 * (see docs/benchmarks.md); they live among the tests so that they never ship in the jar, and are
 * named *Benchmark so that surefire never runs them.
 */
package dev.hotline.bench;
