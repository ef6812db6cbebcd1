/**
 * Extensions at work: finding them (on the classpath and in jars a site lists), letting each
 * register what it contributes, and the resulting {@link dev.lectern.extend.ExtensionSet} the
 * parse and render stages are built from.
 */
package dev.lectern.extend;
