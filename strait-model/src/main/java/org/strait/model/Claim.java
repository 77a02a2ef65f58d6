package org.strait.model;

import java.util.List;
import org.strait.core.Require;

/**
 * What one source predicts about one parameter: its sign. The verdict table (issue 6) sets each fitted interval
 * against these predictions.
 *
 * @param mechanism the mechanism the claim is about
 * @param parameter the parameter whose sign carries the claim
 * @param expectedSign +1 or -1
 * @param source {@code "seed 000"} to {@code "seed 004"}, or a named public work
 * @param statement the claim in one line, in our words
 */
public record Claim(MechanismId mechanism, String parameter, int expectedSign, String source, String statement) {
  /** Checks the fields. */
  public Claim {
    Require.nonNull(mechanism, "mechanism");
    Require.argument(parameter != null && parameter.startsWith(mechanism.name() + "."),
        "claim parameter %s must belong to %s", parameter, mechanism);
    Require.argument(expectedSign == 1 || expectedSign == -1, "expected sign must be +1 or -1, was %s",
        expectedSign);
    Require.argument(source != null && !source.isBlank(), "claim needs a source");
    Require.argument(statement != null && !statement.isBlank(), "claim needs a statement");
  }

  /** Returns every claim the model encodes, by mechanism and source. */
  public static List<Claim> all() {
    return List.of(
        new Claim(MechanismId.M1, "M1.beta", 1, "seed 001", "North Korean tests push Seoul and Tokyo to deeper ties"),
        new Claim(MechanismId.M1, "M1.beta", 1, "seed 002", "the peninsula as a shared front let them work together"),
        new Claim(MechanismId.M1, "M1.beta", 1, "seed 003", "the North is the threat Seoul ranks first"),
        new Claim(MechanismId.M1, "M1.beta", 1, "seed 004", "the North Korean issue is a ground for cooperation"),
        new Claim(MechanismId.M2, "M2.beta", -1, "seed 000", "divergent threat perceptions: rivalry divides them"),
        new Claim(MechanismId.M2, "M2.beta", -1, "seed 003", "Seoul hedges on China while Tokyo confronts it"),
        new Claim(MechanismId.M2, "M2.beta", 1, "seed 004", "rivalry gives two middle powers a shared strategy"),
        new Claim(MechanismId.M3, "M3.beta", -1, "seed 000", "a narrowing gap makes them competitors"),
        new Claim(MechanismId.M3, "M3.beta", -1, "seed 004", "Korea's industrialisation rekindled friction"),
        new Claim(MechanismId.M4, "M4.beta", 1, "seed 000", "US pressure drove the 2023 detente"),
        new Claim(MechanismId.M4, "M4.beta", 1, "seed 001", "US-backed trilateral cooperation strengthens ties"),
        new Claim(MechanismId.M4, "M4.eta", 1, "seed 003", "cooperation is possible only with Washington's direct part"),
        new Claim(MechanismId.M5, "M5.beta", 1, "seed 002", "Seoul's own leverage in Washington makes it disregard Tokyo"),
        new Claim(MechanismId.M6, "M6.beta", 1, "seed 000", "history disputes are a manifestation of divergence"),
        new Claim(MechanismId.M6, "M6.beta", 1, "seed 001", "colonial-era grievances keep splitting them"),
        new Claim(MechanismId.M6, "M6.beta", 1, "seed 003", "history and territory accompany every contact"),
        new Claim(MechanismId.M6, "M6.beta", 1, "seed 004", "historical friction makes cooperation impossible"),
        new Claim(MechanismId.M7, "M7.contagion", 1, "seed 004", "seized assets and export controls are linked"),
        new Claim(MechanismId.M7, "M7.contagion", 1, "seed 001", "the 2018 ruling led to the 2019 export curbs"),
        new Claim(MechanismId.M8, "M8.beta", 1, "seed 001", "governments start cordial and sour by mid-term"),
        new Claim(MechanismId.M9, "M9.damping", 1, "seed 000", "low approval after the Japan policy limits Seoul"),
        new Claim(MechanismId.M9, "M9.damping", 1, "seed 001", "a hostile public can undo leaders' rapprochement"),
        new Claim(MechanismId.M9, "M9.damping", 1, "seed 004", "history frictions are politicised at home"),
        new Claim(MechanismId.M10, "M10.shift2010s", -1, "seed 002", "from the early 2010s the contest moved to sea"),
        new Claim(MechanismId.M10, "M10.shift2010s", -1, "seed 004", "friction rekindled in the 2010s"),
        new Claim(MechanismId.M10, "M10.coldWarEnd", 1, "seed 004", "the end of the Cold War favoured reconciliation"),
        new Claim(MechanismId.M11, "M11.rho", 1, "Goldstein and Freeman 1990", "each side answers the other's moves"),
        new Claim(MechanismId.M12, "M12.beta", 1, "Cha 1999", "abandonment fear unites, firm commitment lets them quarrel"));
  }
}
