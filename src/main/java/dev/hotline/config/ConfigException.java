package dev.hotline.config;

/** A setting that is unknown or has a value it cannot take; the message names the key and why. */
public final class ConfigException extends Exception {
  public ConfigException(String message) {
    super(message);
  }
}
