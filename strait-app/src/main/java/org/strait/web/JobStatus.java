package org.strait.web;

import java.util.Map;

/**
 * What a client sees of a job at one moment.
 *
 * @param id the job's id
 * @param type the job type's name
 * @param state where the job is
 * @param done steps done
 * @param total steps in all, or 0 before the job reports
 * @param note what the job did last, or null
 * @param secondsLeft the estimated seconds left of a running job that has done a step ({@link
 *     org.strait.core.Progress#timeLeft}), else null
 * @param params the parameters, defaults included
 * @param submittedAt when it was submitted (ISO-8601)
 * @param startedAt when it started, or null
 * @param finishedAt when it finished, or null
 * @param error why it failed, or null
 * @param errorId the id under which the server logged the failure, or null
 * @param version the strait version that runs it
 */
record JobStatus(String id, String type, JobState state, long done, long total, String note, Long secondsLeft,
    Map<String, Object> params, String submittedAt, String startedAt, String finishedAt, String error,
    String errorId, String version) {}
