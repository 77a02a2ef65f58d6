package org.strait.bargain;

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
    Require.argument(minTurns >= 1 && maxTurns >= minTurns, "need 1 <= minTurns <= maxTurns, were %s and %s",
        minTurns, maxTurns);
    Require.argument(minDeltaRatio > 0 && minDeltaRatio < 1, "minDeltaRatio must lie in (0, 1), was %s", minDeltaRatio);
  }

  /** Returns KTAB's default options. */
  public static SmpOptions defaults() {
    return new SmpOptions(VictoryProbModel.LINEAR, VotingRule.PROP, PceModel.CONDITIONAL,
        StateTransitions.DETERMINISTIC, BigRRange.MID, BigRAdjust.ONE_THIRD, ThirdPartyCommit.SEMI_COMMIT,
        InterVecBrgn.S2P2, BargnModel.INIT_ONLY_INTERP, 2, 100, 0.02, 0L);
  }

  /** KTAB's VictoryProbModel: the exponent applied to coalition strengths before they are normalised. */
  public enum VictoryProbModel {
    /** A 2:1 strength ratio gives 2/3. */
    LINEAR,
    /** A 2:1 ratio gives 4/5. */
    SQUARE,
    /** A 2:1 ratio gives 16/17. */
    QUARTIC,
    /** A 2:1 ratio gives 256/257. */
    OCTIC,
    /** A 10% advantage either way gives certainty, interpolated linearly in between. */
    BINARY
  }

  /** KTAB's VotingRule: an actor's vote as a function of its difference in utilities. */
  public enum VotingRule {
    /** All influence, whatever the difference (a steep linear ramp within 1e-8). */
    BINARY,
    /** 80% proportional, 20% binary. */
    PROP_BIN,
    /** Proportional to the difference. */
    PROP,
    /** Half proportional, half cubic. */
    PROP_CBC,
    /** Proportional for losses, two thirds of it for gains. */
    ASYM_PROSP,
    /** Proportional to the cubed difference. */
    CUBIC
  }

  /** KTAB's PCEModel: how the probabilistic Condorcet election's distribution is computed. */
  public enum PceModel {
    /** Single-step conditional probabilities. */
    CONDITIONAL,
    /** Markov process, challenges proportional to the influence promoting them. */
    MARKOV_INCENTIVE,
    /** Markov process, uniform challenges. */
    MARKOV_UNIFORM
  }

  /** KTAB's StateTransitions: how the winning bargain in an actor's queue is chosen. */
  public enum StateTransitions {
    /** The most probable bargain wins. */
    DETERMINISTIC,
    /** A bargain wins with its probability. */
    STOCHASTIC
  }

  /** KTAB's BigRRange: the range of the risk attitudes. */
  public enum BigRRange {
    /** [0, 1]. */
    MIN,
    /** [-1/2, 1]. */
    MID,
    /** [-1, 1]. */
    MAX
  }

  /** KTAB's BigRAdjust: how actor h estimates actor i's risk attitude from its own. */
  public enum BigRAdjust {
    /** h assumes i is like itself. */
    NONE,
    /** Two thirds own, one third i's. */
    ONE_THIRD,
    /** Half way. */
    HALF,
    /** One third own, two thirds i's. */
    TWO_THIRDS,
    /** Correctly. */
    FULL
  }

  /** KTAB's ThirdPartyCommit: what a third party must do after the contest it joined. */
  public enum ThirdPartyCommit {
    /** Keeps its position whoever wins. */
    NO_COMMIT,
    /** Moves only if its side loses. */
    SEMI_COMMIT,
    /** Adopts the winner's position. */
    FULL_COMMIT
  }

  /** KTAB's InterVecBrgn: how a bargain's positions are interpolated. */
  public enum InterVecBrgn {
    /** Weights salience × probability. */
    S1P1,
    /** Weights (salience × probability) squared. */
    S2P2,
    /** Asymmetric shifts from squared salience and the truncated difference in probabilities. */
    S2PMAX
  }

  /** KTAB's BargnModel: from whose perspective the probability of success interpolates bargains. */
  public enum BargnModel {
    /** The initiator's only. */
    INIT_ONLY_INTERP,
    /** The initiator's and the receiver's, as two bargains. */
    INIT_RCVR_INTERP,
    /** One bargain, the effective-power weighted average of the two. */
    PW_COMP_INTERP
  }
}
