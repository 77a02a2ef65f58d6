/**
 * Bargaining use cases: reading disputes (KTAB's SMP CSV, unchanged, and strait's YAML case files), writing the
 * results (CSV, JSON) and plotting positions over rounds (XChart).
 *
 * <p>Read {@link org.strait.app.bargain.DisputeReaders} first; it dispatches on the file extension to {@link
 * org.strait.app.bargain.KtabCsvReader} or {@link org.strait.app.bargain.CaseYamlReader}, both of which report every
 * problem of a file at once in a {@link org.strait.app.bargain.BargainInputException}.
 */
package org.strait.app.bargain;
