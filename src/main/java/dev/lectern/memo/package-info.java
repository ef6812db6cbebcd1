/**
 * The one cache of the pipeline: {@link dev.lectern.memo.Memo} tables of values with the
 * diagnostics they produced, keyed by a {@link dev.lectern.memo.Fingerprint} of everything the
 * value was computed from ({@link dev.lectern.memo.Digester}).
 */
package dev.lectern.memo;
