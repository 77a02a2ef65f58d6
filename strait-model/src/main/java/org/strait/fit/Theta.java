package org.strait.fit;

import java.util.Map;
import java.util.Set;
import org.strait.model.CoreParameters;
import org.strait.model.Issue;
import org.strait.model.MechanismId;
import org.strait.model.mechanism.AdministrationCycle;
import org.strait.model.mechanism.AllyRivalry;
import org.strait.model.mechanism.CommonThreat;
import org.strait.model.mechanism.DivergentThreat;
import org.strait.model.mechanism.HistoryDisputes;
import org.strait.model.mechanism.Linkage;
import org.strait.model.mechanism.PowerGap;
import org.strait.model.mechanism.PublicOpinion;
import org.strait.model.mechanism.QuasiAlliance;
import org.strait.model.mechanism.Reciprocity;
import org.strait.model.mechanism.StructuralShift;
import org.strait.model.mechanism.UsMediation;

/** The parameter values the state-space dynamics read, as fields; a mechanism switched off has its effect zeroed. */
final class Theta implements Cloneable {
  double equilibrium;
  double reversion;
  double noise;
  double obsNoise;
  double threatDecay;
  double nuclearWeight;
  double missileWeight;
  double nuclearRate;
  double missileRate;
  double flareSize;
  double[] issueDecay = new double[Issue.COUNT];
  double[] flareRate = new double[Issue.COUNT];
  double sentimentEquilibrium;
  double sentimentReversion;
  double sentimentFollows;
  double sentimentHistoryHit;
  double sentimentNoise;
  boolean[] on = new boolean[MechanismId.values().length];
  double m1Beta;
  double m1Gamma;
  double m2Beta;
  double m3Beta;
  double m3Reference;
  double m4Beta;
  double m4Eta;
  double m5Beta;
  double m6Beta;
  double m7Contagion;
  double m8Beta;
  double m8Tau;
  double m8TokyoWeight;
  double m9Damping;
  double m10ColdWarEnd;
  double m10Shift;
  double m10Break;
  double m10Width;
  double m11Rho;
  double m12Beta;

  Theta(Map<String, Double> v, Set<MechanismId> enabled) {
    equilibrium = v.get(CoreParameters.EQUILIBRIUM);
    reversion = v.get(CoreParameters.REVERSION);
    noise = v.get(CoreParameters.NOISE);
    obsNoise = v.get(FitSpace.OBSERVATION_NOISE.name());
    threatDecay = decay(v.get(CoreParameters.THREAT_HALF_LIFE));
    nuclearWeight = v.get(CoreParameters.NUCLEAR_WEIGHT);
    missileWeight = v.get(CoreParameters.MISSILE_WEIGHT);
    nuclearRate = v.get(CoreParameters.NUCLEAR_RATE);
    missileRate = v.get(CoreParameters.MISSILE_RATE);
    flareSize = v.get(CoreParameters.FLARE_SIZE);
    for (Issue i : Issue.values()) {
      issueDecay[i.ordinal()] = decay(v.get(CoreParameters.halfLife(i)));
      flareRate[i.ordinal()] = v.get(CoreParameters.flareRate(i));
    }
    sentimentEquilibrium = v.get(CoreParameters.SENTIMENT_EQUILIBRIUM);
    sentimentReversion = v.get(CoreParameters.SENTIMENT_REVERSION);
    sentimentFollows = v.get(CoreParameters.SENTIMENT_FOLLOWS);
    sentimentHistoryHit = v.get(CoreParameters.SENTIMENT_HISTORY_HIT);
    sentimentNoise = v.get(CoreParameters.SENTIMENT_NOISE);
    for (MechanismId id : enabled) {
      on[id.ordinal()] = true;
    }
    m1Beta = v.get(CommonThreat.BETA);
    m1Gamma = v.get(CommonThreat.GAMMA);
    m2Beta = v.get(DivergentThreat.BETA);
    m3Beta = v.get(PowerGap.BETA);
    m3Reference = v.get(PowerGap.REFERENCE);
    m4Beta = v.get(UsMediation.BETA);
    m4Eta = v.get(UsMediation.ETA);
    m5Beta = v.get(AllyRivalry.BETA);
    m6Beta = v.get(HistoryDisputes.BETA);
    m7Contagion = v.get(Linkage.CONTAGION);
    m8Beta = v.get(AdministrationCycle.BETA);
    m8Tau = v.get(AdministrationCycle.TAU);
    m8TokyoWeight = v.get(AdministrationCycle.TOKYO_WEIGHT);
    m9Damping = v.get(PublicOpinion.DAMPING);
    m10ColdWarEnd = v.get(StructuralShift.COLD_WAR_END);
    m10Shift = v.get(StructuralShift.SHIFT_2010S);
    m10Break = v.get(StructuralShift.BREAK_YEAR);
    m10Width = v.get(StructuralShift.WIDTH);
    m11Rho = v.get(Reciprocity.RHO);
    m12Beta = v.get(QuasiAlliance.BETA);
  }

  /** Returns a copy with fitted parameter {@code name} set to {@code value}; names outside the fit are refused. */
  Theta copy() {
    try {
      Theta t = (Theta) super.clone();
      t.issueDecay = issueDecay.clone();
      t.flareRate = flareRate.clone();
      t.on = on.clone();
      return t;
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sets one of the parameters {@link FitSpace#fitted} may name. */
  void set(String name, double v) {
    switch (name) {
      case CoreParameters.EQUILIBRIUM -> equilibrium = v;
      case CoreParameters.REVERSION -> reversion = v;
      case CoreParameters.NOISE -> noise = v;
      case "obs.noise" -> obsNoise = v;
      case CoreParameters.NUCLEAR_RATE -> nuclearRate = v;
      case CoreParameters.MISSILE_RATE -> missileRate = v;
      case CommonThreat.BETA -> m1Beta = v;
      case DivergentThreat.BETA -> m2Beta = v;
      case PowerGap.BETA -> m3Beta = v;
      case UsMediation.BETA -> m4Beta = v;
      case AllyRivalry.BETA -> m5Beta = v;
      case HistoryDisputes.BETA -> m6Beta = v;
      case Linkage.CONTAGION -> m7Contagion = v;
      case AdministrationCycle.BETA -> m8Beta = v;
      case PublicOpinion.DAMPING -> m9Damping = v;
      case StructuralShift.SHIFT_2010S -> m10Shift = v;
      case Reciprocity.RHO -> m11Rho = v;
      case QuasiAlliance.BETA -> m12Beta = v;
      default -> {
        for (Issue i : Issue.values()) {
          if (name.equals(CoreParameters.flareRate(i))) {
            flareRate[i.ordinal()] = v;
            return;
          }
        }
        throw new IllegalArgumentException("parameter " + name + " is not fitted");
      }
    }
  }

  boolean on(MechanismId id) {
    return on[id.ordinal()];
  }

  private static double decay(double halfLife) {
    return Math.pow(2, -1 / halfLife);
  }
}
