package de.foerderfluss.review;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Assessments extends JpaRepository<Assessment, Long> {

	Optional<Assessment> findFirstByApplicationIdOrderByIdDesc(Long applicationId);

}
