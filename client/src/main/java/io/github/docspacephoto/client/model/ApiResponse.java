package io.github.docspacephoto.client.model;

import java.util.List;

/**
 * The envelope DocSpace wraps every JSON answer in: {@code {response, count, links, status, statusCode}}.
 * A class, not a record: Yasson cannot bind a generic record.
 */
public class ApiResponse<T> {

    private T response;
    private Integer count;
    private Long total;
    private List<Link> links;
    private Integer status;
    private Integer statusCode;

    public T getResponse() {
        return response;
    }

    public void setResponse(T response) {
        this.response = response;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public Long getTotal() {
        return total;
    }

    public void setTotal(Long total) {
        this.total = total;
    }

    public List<Link> getLinks() {
        return links;
    }

    public void setLinks(List<Link> links) {
        this.links = links;
    }

    /** 0 on success, 1 on error (the spec's description says otherwise; NOTES.md §3.3). */
    public Integer getStatus() {
        return status;
    }

    public void setStatus(Integer status) {
        this.status = status;
    }

    public Integer getStatusCode() {
        return statusCode;
    }

    public void setStatusCode(Integer statusCode) {
        this.statusCode = statusCode;
    }
}
