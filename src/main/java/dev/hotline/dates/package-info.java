/** Finds date expressions in text and normalises them to dates with their precision. */
package dev.hotline.dates;
