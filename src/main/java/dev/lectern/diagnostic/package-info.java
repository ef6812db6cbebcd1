/** Problems in user input as values with source positions, collected and reported together. */
package dev.lectern.diagnostic;
