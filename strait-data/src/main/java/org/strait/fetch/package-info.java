/**
 * Downloads GDELT event files for a date range, verifies them against GDELT's published sizes and MD5 sums, and
 * resumes interrupted downloads.
 *
 * <p>Read {@link org.strait.fetch.GdeltFetcher} first, then {@link org.strait.fetch.FetchOptions}. The listings
 * GDELT publishes are parsed by {@code V1Listing} ({@code events/md5sums}, {@code events/filesizes}) and
 * {@code V2Listing} ({@code gdeltv2/masterfilelist.txt}); {@code Downloader} moves the bytes. The package uses only
 * the JDK's {@link java.net.http.HttpClient}; progress is reported through {@link org.strait.fetch.FetchListener},
 * so that the command line can draw a bar without this package knowing about it.
 */
package org.strait.fetch;
