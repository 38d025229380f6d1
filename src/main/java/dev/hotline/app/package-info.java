/** The composition root and entry point: wires every stage and adapter, and nothing else. */
package dev.hotline.app;
