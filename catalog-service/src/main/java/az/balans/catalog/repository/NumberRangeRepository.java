package az.balans.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class NumberRangeRepository implements PanacheRepositoryBase<NumberRange, String> {}
