package org.strait.web;

import java.util.List;

/**
 * A kind of job clients may submit, by name, with parameters that this type declares and whose limits the service
 * enforces before the job is queued (e.g. at most so many runs or months of horizon per request).
 *
 * <p>Scenario and bargaining runs plug in by implementing this interface and being passed to
 * {@link WebServer#start(WebSettings, org.strait.store.EventStore, List)}. A stochastic type declares a {@code seed}
 * parameter (with a default): every status and result echoes the checked parameters, defaults included, and the
 * strait version, so a run can be repeated exactly. Limits such as the number of runs or the horizon are the
 * {@code min}/{@code max} of {@link ParamSpec#integer}; a request beyond them gets 400 naming the field.
 */
public interface JobType {
  /** Returns the name clients submit, lower-case words joined by hyphens (e.g. {@code monthly-counts}). */
  String name();

  /** Returns one sentence saying what the job computes. */
  String description();

  /** Returns the parameters the job takes, with their kinds, defaults and limits. */
  List<ParamSpec> parameters();

  /**
   * Creates a job from parameters already checked against {@link #parameters()}.
   *
   * @throws ValidationException for problems that involve several parameters, each naming its field
   */
  Job create(JobParams params);
}
