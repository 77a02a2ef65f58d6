/**
 * The HTTP API and the dashboard (Javalin: the only package that uses it). Routes and jobs parse parameters, call
 * the use cases of {@code org.strait.app} and serialise the results.
 *
 * <p>Read {@link org.strait.web.WebServer} first: it wires the routes ({@code ReadRoutes} for the store,
 * {@code IndexRoutes} for the relation index and its turning points, {@code KnowledgeRoutes} for the chronicle,
 * leaders and disputes, {@code CatalogueRoutes} for the scenarios and bargaining cases it can run, {@code JobRoutes},
 * {@code StaticRoutes}), the error mapping ({@code ErrorRoutes}) and the token rule. Jobs plug in through
 * {@link org.strait.web.JobType}: a named, parameterised factory of {@link org.strait.web.Job}s that the bounded
 * {@code JobService} runs; the standard ones are {@code monthly-counts}, {@code scenario} ({@code ScenarioJob}),
 * {@code bargaining} ({@code BargainingJob}) and {@code verdicts} ({@code VerdictsJob}). Scenarios and cases are read
 * once at start ({@code ScenarioCatalogue}, {@code CaseCatalogue}) and named by id only, never by path. The OpenAPI
 * description is the resource {@code web/openapi.json}; a test keeps it in step with the registered routes.
 */
package org.strait.web;
