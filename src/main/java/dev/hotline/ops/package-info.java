/**
 * What operators see of a running server: health checks (each adapter's connection among them),
 * Prometheus metrics, and the log lines about reaching the platforms.
 */
package dev.hotline.ops;
