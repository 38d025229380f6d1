/** The console adapter: a local chat on the platform-neutral chat layer, needing no tokens. */
package dev.hotline.console;
