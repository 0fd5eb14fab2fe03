package az.balans.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.LocalDate;

@Entity
public class Carrier {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String status;

    @Column(name = "retired_on")
    public LocalDate retiredOn;

    @Column(nullable = false)
    public String source;

    @Column(name = "verified_on", nullable = false)
    public LocalDate verifiedOn;

    @Version
    public long version;
}
