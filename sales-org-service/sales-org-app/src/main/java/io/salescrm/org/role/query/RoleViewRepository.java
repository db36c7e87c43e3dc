package io.salescrm.org.role.query;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

public interface RoleViewRepository extends MongoRepository<RoleView, String> {

    Page<RoleView> findByDeletedFalse(Pageable pageable);

    default Optional<RoleView> findExisting(String id) {
        return findById(id).filter(role -> !role.deleted());
    }
}
