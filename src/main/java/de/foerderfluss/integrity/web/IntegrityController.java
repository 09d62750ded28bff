package de.foerderfluss.integrity.web;

import de.foerderfluss.integrity.IntegrityCheck;
import de.foerderfluss.integrity.IntegrityReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class IntegrityController {

	private final IntegrityCheck check;

	IntegrityController(IntegrityCheck check) {
		this.check = check;
	}

	/** Whether the audit log and the budget ledger are as they were written. */
	@GetMapping("/integrity")
	IntegrityReport integrity() {
		return this.check.check();
	}

}
