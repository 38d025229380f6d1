/**
 * The Discord adapter: for now only how the bot connects to Discord, or to a stand-in such as a
 * proxy or the test fake, through JDA.
 */
package dev.hotline.discord;
