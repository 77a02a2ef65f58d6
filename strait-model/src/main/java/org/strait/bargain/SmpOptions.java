package org.strait.bargain;

import java.util.Arrays;
import org.strait.core.Require;

/**
 * Options of the spatial model of politics, named as KTAB names them (its SMP user guide, "Model Parameters"); the
 * defaults are KTAB's defaults, shown in its reference logs as {@code VictoryProbModel: Linear, VotingRule: Prop,
 * PCEModel: Conditional, StateTransitions: Deterministic, BigRRange: Mid, BigRAdjust: OneThird, ThirdPartyCommit:
 * SemiCommit, InterVecBrgn: S2P2, BargnModel: InitOnlyInterp}, with KTAB's stopping rule (at least 2 and at most
 * 100 turns; stop when a turn's total movement is below 2% of the first turn's).
 *
 * @param victoryProbModel how coalition strengths become victory probabilities
 * @param votingRule how an actor's influence depends on its difference in utilities
 * @param pceModel how the probabilistic Condorcet election is computed
 * @param stateTransitions how each actor's winning bargain is chosen
 * @param bigRRange the range of the risk attitudes R
 * @param bigRAdjust how one actor estimates another's risk attitude
 * @param thirdPartyCommit how committed a third party is to the side it joins
 * @param interVecBrgn how bargain positions are interpolated
 * @param bargnModel from whose perspective bargains are interpolated
 * @param ties how exact ties between targets and between winning bargains are broken (strait's option; KTAB's
 *     code takes the first in input order)
 * @param minTurns the least number of turns
 * @param maxTurns the greatest number of turns
 * @param minDeltaRatio the stopping ratio of a turn's movement to the first turn's
 * @param seed the seed used only when {@code stateTransitions} is {@code STOCHASTIC}
 */
public record SmpOptions(
    VictoryProbModel victoryProbModel,
    VotingRule votingRule,
    PceModel pceModel,
    StateTransitions stateTransitions,
    BigRRange bigRRange,
    BigRAdjust bigRAdjust,
    ThirdPartyCommit thirdPartyCommit,
    InterVecBrgn interVecBrgn,
    BargnModel bargnModel,
    Ties ties,
    int minTurns,
    int maxTurns,
    double minDeltaRatio,
    long seed) {

  /** Validates the options. */
  public SmpOptions {
    Require.nonNull(victoryProbModel, "VictoryProbModel");
    Require.nonNull(votingRule, "VotingRule");
    Require.nonNull(pceModel, "PCEModel");
    Require.nonNull(stateTransitions, "StateTransitions");
    Require.nonNull(bigRRange, "BigRRange");
    Require.nonNull(bigRAdjust, "BigRAdjust");
    Require.nonNull(thirdPartyCommit, "ThirdPartyCommit");
    Require.nonNull(interVecBrgn, "InterVecBrgn");
    Require.nonNull(bargnModel, "BargnModel");
    Require.nonNull(ties, "Ties");
    Require.argument(minTurns >= 1 && maxTurns >= minTurns, "need 1 <= minTurns <= maxTurns, were %s and %s",
        minTurns, maxTurns);
    Require.argument(minDeltaRatio > 0 && minDeltaRatio < 1, "minDeltaRatio must lie in (0, 1), was %s", minDeltaRatio);
  }

  /**
   * Returns a copy with one option changed, both named as KTAB names them, e.g. {@code with("VotingRule", "Cubic")};
   * also {@code minTurns}, {@code maxTurns}, {@code minDeltaRatio} and {@code seed}.
   *
   * @throws IllegalArgumentException naming the allowed keys or values when either is unknown
   */
  public SmpOptions with(String key, String value) {
    return switch (key) {
      case "VictoryProbModel" -> new SmpOptions(parse(VictoryProbModel.class, value), votingRule, pceModel,
          stateTransitions, bigRRange, bigRAdjust, thirdPartyCommit, interVecBrgn, bargnModel, ties, minTurns,
          maxTurns, minDeltaRatio, seed);
      case "VotingRule" -> new SmpOptions(victoryProbModel, parse(VotingRule.class, value), pceModel,
          stateTransitions, bigRRange, bigRAdjust, thirdPartyCommit, interVecBrgn, bargnModel, ties, minTurns,
          maxTurns, minDeltaRatio, seed);
      case "PCEModel" -> new SmpOptions(victoryProbModel, votingRule, parse(PceModel.class, value), stateTransitions,
          bigRRange, bigRAdjust, thirdPartyCommit, interVecBrgn, bargnModel, ties, minTurns, maxTurns, minDeltaRatio,
          seed);
      case "StateTransitions" -> new SmpOptions(victoryProbModel, votingRule, pceModel,
          parse(StateTransitions.class, value), bigRRange, bigRAdjust, thirdPartyCommit, interVecBrgn, bargnModel,
          ties, minTurns, maxTurns, minDeltaRatio, seed);
      case "BigRRange" -> new SmpOptions(victoryProbModel, votingRule, pceModel, stateTransitions,
          parse(BigRRange.class, value), bigRAdjust, thirdPartyCommit, interVecBrgn, bargnModel, ties, minTurns,
          maxTurns, minDeltaRatio, seed);
      case "BigRAdjust" -> new SmpOptions(victoryProbModel, votingRule, pceModel, stateTransitions, bigRRange,
          parse(BigRAdjust.class, value), thirdPartyCommit, interVecBrgn, bargnModel, ties, minTurns, maxTurns,
          minDeltaRatio, seed);
      case "ThirdPartyCommit" -> new SmpOptions(victoryProbModel, votingRule, pceModel, stateTransitions, bigRRange,
          bigRAdjust, parse(ThirdPartyCommit.class, value), interVecBrgn, bargnModel, ties, minTurns, maxTurns,
          minDeltaRatio, seed);
      case "InterVecBrgn" -> new SmpOptions(victoryProbModel, votingRule, pceModel, stateTransitions, bigRRange,
          bigRAdjust, thirdPartyCommit, parse(InterVecBrgn.class, value), bargnModel, ties, minTurns, maxTurns,
          minDeltaRatio, seed);
      case "BargnModel" -> new SmpOptions(victoryProbModel, votingRule, pceModel, stateTransitions, bigRRange,
          bigRAdjust, thirdPartyCommit, interVecBrgn, parse(BargnModel.class, value), ties, minTurns, maxTurns,
          minDeltaRatio, seed);
      case "Ties" -> new SmpOptions(victoryProbModel, votingRule, pceModel, stateTransitions, bigRRange, bigRAdjust,
          thirdPartyCommit, interVecBrgn, bargnModel, parse(Ties.class, value), minTurns, maxTurns, minDeltaRatio,
          seed);
      case "minTurns" -> new SmpOptions(victoryProbModel, votingRule, pceModel, stateTransitions, bigRRange,
          bigRAdjust, thirdPartyCommit, interVecBrgn, bargnModel, ties, integer(key, value), maxTurns, minDeltaRatio,
          seed);
      case "maxTurns" -> new SmpOptions(victoryProbModel, votingRule, pceModel, stateTransitions, bigRRange,
          bigRAdjust, thirdPartyCommit, interVecBrgn, bargnModel, ties, minTurns, integer(key, value), minDeltaRatio,
          seed);
      case "minDeltaRatio" -> new SmpOptions(victoryProbModel, votingRule, pceModel, stateTransitions, bigRRange,
          bigRAdjust, thirdPartyCommit, interVecBrgn, bargnModel, ties, minTurns, maxTurns, decimal(key, value),
          seed);
      case "seed" -> new SmpOptions(victoryProbModel, votingRule, pceModel, stateTransitions, bigRRange, bigRAdjust,
          thirdPartyCommit, interVecBrgn, bargnModel, ties, minTurns, maxTurns, minDeltaRatio, (long) integer(key,
          value));
      default -> throw new IllegalArgumentException("unknown SMP option " + key + "; known: VictoryProbModel, "
          + "VotingRule, PCEModel, StateTransitions, BigRRange, BigRAdjust, ThirdPartyCommit, InterVecBrgn, "
          + "BargnModel, Ties, minTurns, maxTurns, minDeltaRatio, seed");
    };
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.toString().equalsIgnoreCase(value.replace(" ", ""))) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + value + "'; known: "
        + Arrays.toString(type.getEnumConstants()));
  }

  private static int integer(String key, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, was '" + value + "'", e);
    }
  }

  private static double decimal(String key, String value) {
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a number, was '" + value + "'", e);
    }
  }

  /** Returns KTAB's default options. */
  public static SmpOptions defaults() {
    return new SmpOptions(VictoryProbModel.LINEAR, VotingRule.PROP, PceModel.CONDITIONAL,
        StateTransitions.DETERMINISTIC, BigRRange.MID, BigRAdjust.ONE_THIRD, ThirdPartyCommit.SEMI_COMMIT,
        InterVecBrgn.S2P2, BargnModel.INIT_ONLY_INTERP, Ties.FIRST, 2, 100, 0.02, 0L);
  }

  /** KTAB's VictoryProbModel: the exponent applied to coalition strengths before they are normalised. */
  public enum VictoryProbModel {
    /** A 2:1 strength ratio gives 2/3. */
    LINEAR("Linear"),
    /** A 2:1 ratio gives 4/5. */
    SQUARE("Square"),
    /** A 2:1 ratio gives 16/17. */
    QUARTIC("Quartic"),
    /** A 2:1 ratio gives 256/257. */
    OCTIC("Octic"),
    /** A 10% advantage either way gives certainty, interpolated linearly in between. */
    BINARY("Binary");

    private final String ktab;

    VictoryProbModel(String ktab) {
      this.ktab = ktab;
    }

    /** Returns KTAB's name of this value. */
    @Override
    public String toString() {
      return ktab;
    }
  }


  /** KTAB's VotingRule: an actor's vote as a function of its difference in utilities. */
  public enum VotingRule {
    /** All influence, whatever the difference (a steep linear ramp within 1e-8). */
    BINARY("Binary"),
    /** 80% proportional, 20% binary. */
    PROP_BIN("PropBin"),
    /** Proportional to the difference. */
    PROP("Prop"),
    /** Half proportional, half cubic. */
    PROP_CBC("PropCbc"),
    /** Proportional for losses, two thirds of it for gains. */
    ASYM_PROSP("ASymProsp"),
    /** Proportional to the cubed difference. */
    CUBIC("Cubic");

    private final String ktab;

    VotingRule(String ktab) {
      this.ktab = ktab;
    }

    /** Returns KTAB's name of this value. */
    @Override
    public String toString() {
      return ktab;
    }
  }


  /** KTAB's PCEModel: how the probabilistic Condorcet election's distribution is computed. */
  public enum PceModel {
    /** Single-step conditional probabilities. */
    CONDITIONAL("Conditional"),
    /** Markov process, challenges proportional to the influence promoting them. */
    MARKOV_INCENTIVE("MarkovIncentive"),
    /** Markov process, uniform challenges. */
    MARKOV_UNIFORM("MarkovUniform");

    private final String ktab;

    PceModel(String ktab) {
      this.ktab = ktab;
    }

    /** Returns KTAB's name of this value. */
    @Override
    public String toString() {
      return ktab;
    }
  }


  /** KTAB's StateTransitions: how the winning bargain in an actor's queue is chosen. */
  public enum StateTransitions {
    /** The most probable bargain wins. */
    DETERMINISTIC("Deterministic"),
    /** A bargain wins with its probability. */
    STOCHASTIC("Stochastic");

    private final String ktab;

    StateTransitions(String ktab) {
      this.ktab = ktab;
    }

    /** Returns KTAB's name of this value. */
    @Override
    public String toString() {
      return ktab;
    }
  }


  /** KTAB's BigRRange: the range of the risk attitudes. */
  public enum BigRRange {
    /** [0, 1]. */
    MIN("Min"),
    /** [-1/2, 1]. */
    MID("Mid"),
    /** [-1, 1]. */
    MAX("Max");

    private final String ktab;

    BigRRange(String ktab) {
      this.ktab = ktab;
    }

    /** Returns KTAB's name of this value. */
    @Override
    public String toString() {
      return ktab;
    }
  }


  /** KTAB's BigRAdjust: how actor h estimates actor i's risk attitude from its own. */
  public enum BigRAdjust {
    /** h assumes i is like itself. */
    NONE("None"),
    /** Two thirds own, one third i's. */
    ONE_THIRD("OneThird"),
    /** Half way. */
    HALF("Half"),
    /** One third own, two thirds i's. */
    TWO_THIRDS("TwoThirds"),
    /** Correctly. */
    FULL("Full");

    private final String ktab;

    BigRAdjust(String ktab) {
      this.ktab = ktab;
    }

    /** Returns KTAB's name of this value. */
    @Override
    public String toString() {
      return ktab;
    }
  }


  /** KTAB's ThirdPartyCommit: what a third party must do after the contest it joined. */
  public enum ThirdPartyCommit {
    /** Keeps its position whoever wins. */
    NO_COMMIT("NoCommit"),
    /** Moves only if its side loses. */
    SEMI_COMMIT("SemiCommit"),
    /** Adopts the winner's position. */
    FULL_COMMIT("FullCommit");

    private final String ktab;

    ThirdPartyCommit(String ktab) {
      this.ktab = ktab;
    }

    /** Returns KTAB's name of this value. */
    @Override
    public String toString() {
      return ktab;
    }
  }


  /** KTAB's InterVecBrgn: how a bargain's positions are interpolated. */
  public enum InterVecBrgn {
    /** Weights salience × probability. */
    S1P1("S1P1"),
    /** Weights (salience × probability) squared. */
    S2P2("S2P2"),
    /** Asymmetric shifts from squared salience and the truncated difference in probabilities. */
    S2PMAX("S2PMax");

    private final String ktab;

    InterVecBrgn(String ktab) {
      this.ktab = ktab;
    }

    /** Returns KTAB's name of this value. */
    @Override
    public String toString() {
      return ktab;
    }
  }


  /** KTAB's BargnModel: from whose perspective the probability of success interpolates bargains. */
  public enum BargnModel {
    /** The initiator's only. */
    INIT_ONLY_INTERP("InitOnlyInterp"),
    /** The initiator's and the receiver's, as two bargains. */
    INIT_RCVR_INTERP("InitRcvrInterp"),
    /** One bargain, the effective-power weighted average of the two. */
    PW_COMP_INTERP("PWCompInterp");

    private final String ktab;

    BargnModel(String ktab) {
      this.ktab = ktab;
    }

    /** Returns KTAB's name of this value. */
    @Override
    public String toString() {
      return ktab;
    }
  }


  /**
   * How exact ties are broken: between an actor's equally good targets, and between equally probable bargains in
   * an actor's queue.
   */
  public enum Ties {
    /** The first in input order, as KTAB's code does (its default, and strait's). */
    FIRST("First"),
    /**
     * Every tied target is challenged and the tied bargains are averaged, so that mirrored inputs give mirrored
     * results whatever the order of the actors.
     */
    SYMMETRIC("Symmetric");

    private final String name;

    Ties(String name) {
      this.name = name;
    }

    /** Returns the option value's name. */
    @Override
    public String toString() {
      return name;
    }
  }
}
