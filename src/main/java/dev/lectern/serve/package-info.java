/**
 * {@code lectern serve}: the site built in memory and served on the loopback interface, rebuilt
 * when its files change, with every open tab reloaded by server-sent events and build errors
 * shown in an overlay until the next good save.
 */
package dev.lectern.serve;
