/**
 * strait's CAMEO reference: event codes with their descriptions, Goldstein scores and quad classes, and the map from
 * ICEWS relation labels to codes.
 *
 * <p>Read {@link org.strait.ingest.cameo.CameoTable} first. The tables are CSV resources beside it, written for
 * strait from the public CAMEO codebook and the CAMEO-Goldstein scale.
 */
package org.strait.ingest.cameo;
