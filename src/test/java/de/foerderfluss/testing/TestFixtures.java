package de.foerderfluss.testing;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import de.foerderfluss.carrier.BankAccount;
import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.carrier.Carriers;
import de.foerderfluss.carrier.LegalForm;
import de.foerderfluss.programme.ForwardingForm;
import de.foerderfluss.programme.FundingModule;
import de.foerderfluss.programme.FundingModules;
import de.foerderfluss.programme.FundingYear;
import de.foerderfluss.programme.FundingYears;
import de.foerderfluss.programme.Municipalities;
import de.foerderfluss.programme.Municipality;
import de.foerderfluss.programme.Programme;
import de.foerderfluss.programme.Programmes;
import de.foerderfluss.security.Role;
import de.foerderfluss.security.UserDirectory;
import de.foerderfluss.shared.Money;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reference data and people for the integration tests. Every test class gets a programme
 * of its own, so budgets do not interfere; people and towns are shared and created once.
 */
@TestComponent
public class TestFixtures {

	/** Long and unusual enough for every password rule, administrators' included. */
	public static final String PASSWORD = "Kranich-Laterne-47";

	public static final String CARRIER_A = "carrier-a";

	public static final String CARRIER_B = "carrier-b";

	public static final String REVIEWER = "reviewer";

	public static final String REVIEWER_2 = "reviewer-2";

	public static final String APPROVER = "approver";

	public static final String APPROVER_2 = "approver-2";

	public static final String FINANCE = "finance";

	public static final String FINANCE_2 = "finance-2";

	/** Holds REVIEWER and APPROVER, like the demo's ki-doppel. */
	public static final String REVIEWER_APPROVER = "doppel";

	/**
	 * Holds REVIEWER and FINANCE, to show that one person never verifies and releases.
	 */
	public static final String REVIEWER_FINANCE = "pruefkasse";

	public static final String ADMIN = "administrator";

	public static final String TOWN = "Soest";

	private final Programmes programmes;

	private final FundingYears years;

	private final FundingModules modules;

	private final Municipalities municipalities;

	private final Carriers carriers;

	private final UserDirectory users;

	TestFixtures(Programmes programmes, FundingYears years, FundingModules modules, Municipalities municipalities,
			Carriers carriers, UserDirectory users) {
		this.programmes = programmes;
		this.years = years;
		this.modules = modules;
		this.municipalities = municipalities;
		this.carriers = carriers;
		this.users = users;
	}

	/**
	 * A new programme with funding year 2026 and the given allocation per module, in
	 * euros. Its code is unique, so its budget and file numbers belong to the calling
	 * test alone.
	 */
	@Transactional
	public String programme(Map<String, Integer> allocations) {
		return programme(allocations, ForwardingForm.CONTRACT);
	}

	/** As above, forwarding its grants by notice or by contract. */
	@Transactional
	public String programme(Map<String, Integer> allocations, ForwardingForm forwardingForm) {
		String code = "T" + Integer.toString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF), 36).toUpperCase();
		Programme programme = this.programmes.save(new Programme(code, "Testprogramm " + code, null, forwardingForm));
		int total = allocations.values().stream().mapToInt(Integer::intValue).sum();
		FundingYear year = this.years.save(new FundingYear(programme, 2026, Money.euros(total)));
		allocations.forEach((module, euros) -> this.modules
			.save(new FundingModule(year, module, "Baustein " + module, null, Money.euros(euros))));
		return code;
	}

	@Transactional
	public void ensurePeople() {
		for (String town : new String[] { TOWN, "Lippstadt" }) {
			if (this.municipalities.findByName(town).isEmpty()) {
				this.municipalities.save(new Municipality(town, "Kreis Soest"));
			}
		}
		if (this.users.exists(CARRIER_A)) {
			return;
		}
		Long a = carrier("Testverein A e.V.", "DE62414500750001234567").getId();
		Long b = carrier("Testverein B e.V.", "DE31414500750002345678").getId();
		user(CARRIER_A, "Anna Antrag", a, Role.CARRIER);
		user(CARRIER_B, "Bernd Beispiel", b, Role.CARRIER);
		user(REVIEWER, "Paula Prüfer", null, Role.REVIEWER);
		user(REVIEWER_2, "Rainer Revision", null, Role.REVIEWER);
		user(APPROVER, "Dr. Greta Genehmiger", null, Role.APPROVER);
		user(APPROVER_2, "Max Mitzeichner", null, Role.APPROVER);
		user(FINANCE, "Karl Kasse", null, Role.FINANCE);
		user(FINANCE_2, "Frieda Finanz", null, Role.FINANCE);
		user(REVIEWER_APPROVER, "Doris Doppel", null, Role.REVIEWER, Role.APPROVER);
		user(REVIEWER_FINANCE, "Kurt Kombi", null, Role.REVIEWER, Role.FINANCE);
		user(ADMIN, "Ada Admin", null, Role.ADMIN);
	}

	private Carrier carrier(String name, String iban) {
		return this.carriers.save(new Carrier(name, LegalForm.REGISTERED_ASSOCIATION, "Marktstraße 1", "59494", "Soest",
				new BankAccount(iban, name), "Clara Kontakt", "kontakt@example.org", null));
	}

	private void user(String username, String displayName, Long carrierId, Role first, Role... more) {
		Set<Role> roles = EnumSet.of(first, more);
		this.users.create(new UserDirectory.NewUser(username, PASSWORD, displayName, username + "@example.org",
				carrierId, roles));
	}

}
