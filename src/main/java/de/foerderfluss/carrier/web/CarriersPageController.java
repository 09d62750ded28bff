package de.foerderfluss.carrier.web;

import java.util.Map;

import de.foerderfluss.carrier.BankAccountChange;
import de.foerderfluss.carrier.CarrierRegistry;
import de.foerderfluss.carrier.CarrierUsers;
import de.foerderfluss.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The carriers with their address, bank account, contact and number of accounts. */
@PageController
class CarriersPageController {

	private final CarrierRegistry registry;

	private final CarrierUsers users;

	CarriersPageController(CarrierRegistry registry, CarrierUsers users) {
		this.registry = registry;
		this.users = users;
	}

	@GetMapping("/verwaltung/traeger")
	String carriers(Model model) {
		Map<Long, Long> userCounts = this.users.countPerCarrier();
		Map<Long, BankAccountChange> changes = this.registry.latestAccountChanges();
		model.addAttribute("rows",
				this.registry.carriers()
					.stream()
					.map((carrier) -> CarrierRow.of(carrier, userCounts.getOrDefault(carrier.getId(), 0L),
							changes.get(carrier.getId())))
					.toList());
		return "carrier/carriers";
	}

}
