/**
 * The command line: index, ask, on-this-day and eval, over the services the composition root
 * supplies.
 */
package dev.hotline.cli;
