package de.foerderfluss.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.foerderfluss.carrier.BankAccount;
import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.shared.ConfigurationIncompleteException;
import de.foerderfluss.shared.GermanDates;
import de.foerderfluss.shared.Languages;
import net.sf.jasperreports.engine.JRParameter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Puts the configured authority into the parameters of a document: the letterhead
 * subreport of notices, the head of internal documents and the footer line.
 */
@Component
@EnableConfigurationProperties(LetterheadProperties.class)
class Letterhead {

	static final String AUTHORITY = "LH_AUTHORITY";

	private final LetterheadProperties properties;

	private final ReportTemplates templates;

	private final Clock clock;

	Letterhead(LetterheadProperties properties, ReportTemplates templates, Clock clock) {
		this.properties = properties;
		this.templates = templates;
		this.clock = clock;
	}

	LetterheadProperties properties() {
		return requireComplete();
	}

	String today() {
		return GermanDates.date(LocalDate.now(this.clock));
	}

	/** Parameters of a notice to the carrier, with the letterhead as subreport. */
	Map<String, Object> letter(Carrier recipient, String fileNumber, String contactPerson) {
		LetterheadProperties authority = requireComplete();
		Map<String, Object> head = common(authority);
		head.put("LH_RETURN_ADDRESS", String.join(" · ", authority.authority(), authority.street(),
				authority.postalCode() + " " + authority.city()));
		head.put("LH_PHONE", authority.phone());
		head.put("LH_EMAIL", authority.email());
		head.put("RECIPIENT", address(recipient));
		head.put("FILE_NUMBER", fileNumber);
		head.put("CONTACT_PERSON", contactPerson);
		head.put("ISSUE_DATE", today());

		Map<String, Object> parameters = new HashMap<>();
		parameters.put(AUTHORITY, authority.authority());
		parameters.put("LETTERHEAD", this.templates.report("letterhead"));
		parameters.put("LETTERHEAD_PARAMETERS", head);
		parameters.put("LH_FOOTER", footer(authority));
		parameters.put("FILE_NUMBER", fileNumber);
		parameters.put("ISSUE_DATE", today());
		parameters.put(Layout.REFERENCE, fileNumber);
		return parameters;
	}

	/**
	 * Parameters of an internal document. Its head is part of each template rather than a
	 * subreport: statements are printed by the hundred, and a subreport costs a thread
	 * per fill.
	 */
	Map<String, Object> document(String office) {
		LetterheadProperties authority = requireComplete();
		Map<String, Object> parameters = common(authority);
		parameters.put("OFFICE", office);
		parameters.put("LH_FOOTER", footer(authority));
		parameters.put("ISSUE_DATE", today());
		return parameters;
	}

	static String address(Carrier carrier) {
		StringBuilder address = new StringBuilder(carrier.getName());
		if (StringUtils.hasText(carrier.getContactName())) {
			address.append("\nz. Hd. ").append(carrier.getContactName());
		}
		return address.append('\n')
			.append(carrier.getStreet())
			.append('\n')
			.append(carrier.getPostalCode())
			.append(' ')
			.append(carrier.getCity())
			.toString();
	}

	private Map<String, Object> common(LetterheadProperties authority) {
		Map<String, Object> head = new HashMap<>();
		// Subreports get only this map: the styles and the locale have to be passed on.
		head.put(JRParameter.REPORT_TEMPLATES, List.of(this.templates.styles()));
		head.put(JRParameter.REPORT_LOCALE, Languages.OFFICIAL);
		head.put(AUTHORITY, authority.authority());
		head.put("LH_AUTHORITY_ADDITION", authority.authorityAddition());
		head.put("LH_DEPARTMENT", authority.department());
		head.put("LH_LOGO", StringUtils.hasText(authority.logo()) ? this.templates.resource(authority.logo()) : null);
		return head;
	}

	private static String footer(LetterheadProperties authority) {
		LetterheadProperties.BankAccount bank = authority.repaymentAccount();
		StringBuilder footer = new StringBuilder().append(String.join(" · ", authority.authority(),
				authority.department(), authority.street(), authority.postalCode() + " " + authority.city()));
		if (StringUtils.hasText(authority.website())) {
			footer.append(" · ").append(authority.website());
		}
		return footer.append("\nBankverbindung: ")
			.append(bank.holder())
			.append(" · IBAN ")
			.append(BankAccount.printed(bank.iban()))
			.append(StringUtils.hasText(bank.bic()) ? " · BIC " + bank.bic() : "")
			.toString();
	}

	private LetterheadProperties requireComplete() {
		if (!this.properties.missing().isEmpty()) {
			throw new ConfigurationIncompleteException(String.join(", ", this.properties.missing()));
		}
		return this.properties;
	}

}
