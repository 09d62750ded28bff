package de.foerderfluss.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The authority that issues the documents: its name, address, logo, who signs with which
 * title, the court for legal remedies and the account repayments go to.
 *
 * @param authority e.g. "Kreis Soest"
 * @param authorityAddition e.g. "Der Landrat"
 * @param department e.g. "Kommunales Integrationszentrum"
 * @param logo classpath location of a PNG or JPEG logo
 * @param place the place named in the date line
 * @param defaultSigner who signs notices no single person decided (automatic rejections,
 * clawbacks)
 * @param signerTitles the title printed under a signer, per role
 * @param legalRemedyCourt the court named in the instructions on legal remedies
 * @param financeOffice the office that pays and receives money, e.g. "Kreiskasse Soest"
 * @param repaymentAccount where repayments go
 */
@ConfigurationProperties("foerderfluss.letterhead")
public record LetterheadProperties(String authority, String authorityAddition, String department, String street,
		String postalCode, String city, String phone, String email, String website, String logo, String place,
		String defaultSigner, Map<String, String> signerTitles, String legalRemedyCourt, String financeOffice,
		BankAccount repaymentAccount) {

	public LetterheadProperties {
		signerTitles = (signerTitles != null) ? Map.copyOf(signerTitles) : Map.of();
	}

	/** The names of required settings that are missing. */
	List<String> missing() {
		List<String> missing = new ArrayList<>();
		require(missing, "authority", this.authority);
		require(missing, "department", this.department);
		require(missing, "street", this.street);
		require(missing, "postal-code", this.postalCode);
		require(missing, "city", this.city);
		require(missing, "place", this.place);
		require(missing, "default-signer", this.defaultSigner);
		require(missing, "legal-remedy-court", this.legalRemedyCourt);
		require(missing, "finance-office", this.financeOffice);
		if (this.repaymentAccount == null) {
			missing.add("foerderfluss.letterhead.repayment-account");
		}
		else {
			require(missing, "repayment-account.holder", this.repaymentAccount.holder());
			require(missing, "repayment-account.iban", this.repaymentAccount.iban());
			require(missing, "repayment-account.bank", this.repaymentAccount.bank());
		}
		return missing;
	}

	String signerTitle(String role) {
		return this.signerTitles.getOrDefault(role, "");
	}

	private static void require(List<String> missing, String name, String value) {
		if (!StringUtils.hasText(value)) {
			missing.add("foerderfluss.letterhead." + name);
		}
	}

	/** A bank account printed on documents. */
	public record BankAccount(String holder, String iban, String bic, String bank) {
	}

}
