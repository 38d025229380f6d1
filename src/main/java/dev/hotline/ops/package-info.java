/** What operators see of a running server: health checks and Prometheus metrics. */
package dev.hotline.ops;
