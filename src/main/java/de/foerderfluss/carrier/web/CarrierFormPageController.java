package de.foerderfluss.carrier.web;

import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.carrier.CarrierRegistry;
import de.foerderfluss.carrier.CarrierUsers;
import de.foerderfluss.carrier.LegalForm;
import de.foerderfluss.web.FormErrors;
import de.foerderfluss.web.PageController;
import jakarta.validation.Valid;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators register carriers and change their details and bank account; each
 * account entered is kept with who entered it and when.
 */
@PageController
class CarrierFormPageController {

	private final CarrierRegistry registry;

	private final CarrierUsers users;

	private final MessageSourceAccessor messages;

	CarrierFormPageController(CarrierRegistry registry, CarrierUsers users, MessageSourceAccessor messages) {
		this.registry = registry;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/verwaltung/traeger/neu")
	String newCarrier(Model model) {
		model.addAttribute("form", CarrierForm.blank());
		return page(null, model);
	}

	@PostMapping("/verwaltung/traeger/neu")
	String register(@Valid @ModelAttribute("form") CarrierForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return FormErrors.takeStep(binding, () -> {
			Carrier carrier = this.registry.register(form.details(), form.iban(), form.accountHolder());
			redirect.addFlashAttribute("success",
					this.messages.getMessage("admin.carrier.created", new Object[] { carrier.getName() }));
			return "redirect:/verwaltung/traeger";
		}, () -> page(null, model));
	}

	@GetMapping("/verwaltung/traeger/{id}")
	String edit(@PathVariable Long id, Model model) {
		Carrier carrier = this.registry.carrier(id);
		model.addAttribute("form", CarrierForm.of(carrier));
		return page(carrier, model);
	}

	@PostMapping("/verwaltung/traeger/{id}")
	String change(@PathVariable Long id, @Valid @ModelAttribute("form") CarrierForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Carrier carrier = this.registry.carrier(id);
		return FormErrors.takeStep(binding, () -> {
			Carrier changed = this.registry.change(id, form.details(), form.iban(), form.accountHolder());
			redirect.addFlashAttribute("success",
					this.messages.getMessage("admin.carrier.changed", new Object[] { changed.getName() }));
			return "redirect:/verwaltung/traeger";
		}, () -> page(carrier, model));
	}

	private String page(Carrier carrier, Model model) {
		model.addAttribute("carrier", carrier);
		model.addAttribute("legalForms", LegalForm.values());
		if (carrier != null) {
			model.addAttribute("accountHistory",
					this.registry.accountHistory(carrier.getId()).stream().map(AccountEntry::of).toList());
			model.addAttribute("users", this.users.countPerCarrier().getOrDefault(carrier.getId(), 0L));
		}
		return "carrier/carrier";
	}

}
