package de.foerderfluss.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The general conditions (Allgemeine Nebenbestimmungen) an approval notice incorporates,
 * chosen by the carrier's legal form, and the other standing conditions of every notice.
 *
 * @param anbestP the ANBest-P, for every carrier but a municipality
 * @param anbestG the ANBest-G, for a municipality (Gemeinde, GV)
 * @param supervisoryAuthority the Bezirksregierung named among those who may audit, e.g.
 * "die Bezirksregierung Arnsberg"
 * @param retentionYears how long records are kept after the proof of use (default 5)
 */
@ConfigurationProperties("foerderfluss.general-conditions")
public record GeneralConditionsProperties(Conditions anbestP, Conditions anbestG, String supervisoryAuthority,
		Integer retentionYears) {

	public GeneralConditionsProperties {
		anbestP = (anbestP != null) ? anbestP : new Conditions(null, null, null);
		anbestG = (anbestG != null) ? anbestG : new Conditions(null, null, null);
		if (anbestP.name() == null) {
			anbestP = new Conditions("ANBest-P",
					"Allgemeine Nebenbestimmungen für Zuwendungen zur Projektförderung (ANBest-P, Anlage 2 zu Nr. 5.1 VV zu § 44 LHO NRW)",
					anbestP.annex());
		}
		if (anbestG.name() == null) {
			anbestG = new Conditions("ANBest-G",
					"Allgemeine Nebenbestimmungen für Zuwendungen an Gemeinden (GV) zur Projektförderung (ANBest-G, Anlage 1 zu Nr. 5.1 VVG zu § 44 LHO NRW)",
					anbestG.annex());
		}
		supervisoryAuthority = (supervisoryAuthority != null) ? supervisoryAuthority : "die Bezirksregierung";
		retentionYears = (retentionYears != null) ? retentionYears : 5;
	}

	/**
	 * One set of general conditions.
	 *
	 * @param name the short name, e.g. "ANBest-P"
	 * @param title the full title with its source, as the notice cites it
	 * @param annex where the PDF that goes with the notice lies: {@code classpath:…} or a
	 * file path; none when not set
	 */
	public record Conditions(String name, String title, String annex) {
	}

}
