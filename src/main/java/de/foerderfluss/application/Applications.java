package de.foerderfluss.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Applications extends JpaRepository<Application, Long>, JpaSpecificationExecutor<Application> {

	List<Application> findAllByOrderByIdDesc();

	List<Application> findByStatusOrderByIdDesc(ApplicationStatus status);

	List<Application> findByCarrierIdOrderByIdDesc(Long carrierId);

	List<Application> findByCarrierIdAndStatusOrderByIdDesc(Long carrierId, ApplicationStatus status);

	List<Application> findByIdIn(Collection<Long> ids);

	Optional<Application> findByFileNumber(String fileNumber);

}
