/**
 * The HTTP API and the dashboard (Javalin; the only package that uses Javalin and Jackson).
 *
 * <p>Read {@link org.strait.web.WebServer} first: it wires the routes ({@code ReadRoutes}, {@code JobRoutes},
 * {@code StaticRoutes}), the error mapping ({@code ErrorRoutes}) and the token rule. Jobs plug in through
 * {@link org.strait.web.JobType}: a named, parameterised factory of {@link org.strait.web.Job}s that the bounded
 * {@code JobService} runs. The OpenAPI description is the resource {@code web/openapi.json}; a test keeps it in step
 * with the registered routes.
 */
package org.strait.web;
