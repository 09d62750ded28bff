package de.foerderfluss.programme;

/**
 * Type and form of the financing of a module.
 *
 * @param type Anteil-, Fehlbedarfs- or Festbetragsfinanzierung; default
 * Fehlbedarfsfinanzierung
 * @param form Zuschuss or Zuweisung; default Zuschuss
 * @param sharePercent for an Anteilfinanzierung, the share of the total costs the grant
 * covers at most (1 to 100); default 80
 * @param earmarkingYears for how many years equipment bought with the grant stays bound
 * to its purpose (zeitliche Bindung); none when not set
 */
public record FinancingTerms(FinancingType type, FinancingForm form, Integer sharePercent, Integer earmarkingYears) {

	public FinancingTerms {
		type = (type != null) ? type : FinancingType.SHORTFALL;
		form = (form != null) ? form : FinancingForm.GRANT;
		sharePercent = (sharePercent != null) ? sharePercent : 80;
		if (sharePercent < 1 || sharePercent > 100) {
			throw new IllegalArgumentException("The share of an Anteilfinanzierung lies between 1 and 100 %");
		}
	}

	/** "Anteilfinanzierung (80 %)", "Festbetragsfinanzierung", … */
	public String typeLabel() {
		return (this.type == FinancingType.SHARE) ? this.type.label() + " (" + this.sharePercent + " %)"
				: this.type.label();
	}

}
