/**
 * The reader of ICEWS coded event files as published on Harvard Dataverse (tab-separated with a header row).
 *
 * <p>Read {@link org.strait.ingest.icews.IcewsReader} first. Actor countries come from the file's country columns,
 * named as ICEWS names countries, or from the actor resolver.
 */
package org.strait.ingest.icews;
