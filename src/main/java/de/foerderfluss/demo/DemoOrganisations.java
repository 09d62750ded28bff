package de.foerderfluss.demo;

import java.util.EnumSet;
import java.util.Set;

import de.foerderfluss.carrier.BankAccount;
import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.carrier.Carriers;
import de.foerderfluss.carrier.LegalForm;
import de.foerderfluss.security.Role;
import de.foerderfluss.security.UserDirectory;
import de.foerderfluss.security.UserDirectory.NewUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo carriers and the demo users of DESIGN, all with password {@value #PASSWORD}.
 */
@Component
class DemoOrganisations {

	static final String PASSWORD = "demo";

	private final Carriers carriers;

	private final UserDirectory users;

	DemoOrganisations(Carriers carriers, UserDirectory users) {
		this.carriers = carriers;
		this.users = users;
	}

	@Transactional
	void create() {
		Carrier lippstadt = carrier("Willkommenskreis Lippstadt e.V.", LegalForm.REGISTERED_ASSOCIATION,
				"Lange Straße 12", "59555", "Lippstadt", "DE62414500750001234567", "Petra Hoffmann",
				"kontakt@willkommenskreis-lippstadt.example");
		Carrier soest = carrier("Begegnungscafé Soest e.V.", LegalForm.REGISTERED_ASSOCIATION, "Brüderstraße 5",
				"59494", "Soest", "DE31414500750002345678", "Ahmad Karimi", "info@begegnungscafe-soest.example");
		Carrier werl = carrier("Ev. Kirchengemeinde Werl", LegalForm.CHURCH_CONGREGATION, "Kirchplatz 3", "59457",
				"Werl", "DE97414500750003456789", "Pfarrerin Anna Becker", "gemeindebuero@ev-kirche-werl.example");
		Carrier warstein = carrier("Internationaler Frauentreff Warstein", LegalForm.UNREGISTERED_ASSOCIATION,
				"Hauptstraße 40", "59581", "Warstein", "DE45414500750004567890", "Olena Kovalenko",
				"frauentreff-warstein@example.org");

		user("traeger1", "Petra Hoffmann", "p.hoffmann@willkommenskreis-lippstadt.example", lippstadt.getId(),
				Role.CARRIER);
		user("traeger2", "Ahmad Karimi", "a.karimi@begegnungscafe-soest.example", soest.getId(), Role.CARRIER);
		user("traeger3", "Anna Becker", "a.becker@ev-kirche-werl.example", werl.getId(), Role.CARRIER);
		user("traeger4", "Olena Kovalenko", "frauentreff-warstein@example.org", warstein.getId(), Role.CARRIER);
		user("pruefer", "Jana Schulte", "j.schulte@kreis-soest.example", null, Role.REVIEWER);
		user("pruefer2", "Markus Brandt", "m.brandt@kreis-soest.example", null, Role.REVIEWER);
		user("leitung", "Dr. Sabine Vogt", "s.vogt@kreis-soest.example", null, Role.APPROVER);
		user("kasse", "Thomas Wagner", "t.wagner@kreis-soest.example", null, Role.FINANCE);
		user("admin", "Administration", "it@kreis-soest.example", null, Role.ADMIN);
		user("ki-doppel", "Lea Meier", "l.meier@kreis-soest.example", null, Role.REVIEWER, Role.APPROVER);
	}

	private Carrier carrier(String name, LegalForm form, String street, String postalCode, String city, String iban,
			String contact, String email) {
		return this.carriers
			.save(new Carrier(name, form, street, postalCode, city, new BankAccount(iban, name), contact, email, null));
	}

	private void user(String username, String name, String email, Long carrierId, Role first, Role... more) {
		Set<Role> roles = EnumSet.of(first, more);
		this.users.create(new NewUser(username, PASSWORD, name, email, carrierId, roles));
	}

}
