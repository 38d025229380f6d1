/**
 * Configuration for a running server: the YAML file, environment overrides, and secrets kept apart.
 */
package dev.hotline.config;
