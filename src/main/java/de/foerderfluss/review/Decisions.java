package de.foerderfluss.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Decisions extends JpaRepository<Decision, Long> {

	List<Decision> findByApplicationIdOrderById(Long applicationId);

}
