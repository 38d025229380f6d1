package dev.hotline.discord.fake;

import java.util.Arrays;
import java.util.Locale;

/**
 * A method and a path template such as {@code POST /channels/{id}/messages}, where {@code {x}} is
 * any segment.
 */
record RoutePattern(String method, String template) {

  static RoutePattern of(String method, String template) {
    return new RoutePattern(method.toUpperCase(Locale.ROOT), template);
  }

  boolean matches(String requestMethod, String path) {
    return method.equalsIgnoreCase(requestMethod) && pathMatches(template, path);
  }

  static boolean pathMatches(String template, String path) {
    String[] want = segments(template);
    String[] got = segments(path);
    if (want.length != got.length) {
      return false;
    }
    for (int i = 0; i < want.length; i++) {
      boolean wildcard = want[i].startsWith("{") && want[i].endsWith("}");
      if (!wildcard && !want[i].equals(got[i])) {
        return false;
      }
    }
    return true;
  }

  private static String[] segments(String path) {
    return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
  }

  @Override
  public String toString() {
    return method + " " + template;
  }
}
